-- Webhook secrets encrypted at rest and rotated (platform webhook/SubscriptionSecrets). `secret` now holds the
-- AES-GCM sealed form (aes-gcm-v1:…) under thidua.webhooks.secret-key; rows of V0_6 still in clear are sealed by
-- the service when it starts (SQL has no key). After a rotation the replaced secret stays, sealed too, until
-- previous_secret_until: deliveries meanwhile carry a signature with each (Standard Webhooks allows several).
alter table webhook_subscription
    add column previous_secret       text,
    add column previous_secret_until timestamptz,
    add column secret_rotated_at     timestamptz;

comment on column webhook_subscription.secret is 'Signing secret, AES-GCM sealed (aes-gcm-v1:); clear only before the first start after V0_7';
