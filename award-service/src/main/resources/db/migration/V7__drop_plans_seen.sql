-- The placeholder read model of published plans goes: award-service no longer reads thidua.plan.v1
-- (eligibility, councils and reports are built from the evaluation and award events).
drop table if exists plan_seen;
