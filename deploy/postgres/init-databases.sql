-- One database per service (run once by the postgres image on an empty volume).
create database thidua_plan;
create database thidua_evaluation;
create database thidua_award;
