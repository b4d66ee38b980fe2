-- When each version went out as vn.thidua.rules.ruleset-published.v1 (thidua.rules.v1). Versions shipped by a
-- migration (2024.1) and any published before this column existed are announced at the next start.
alter table rule_set add column announced_at timestamptz;
