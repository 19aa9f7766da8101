-- docker-compose.yml: one database per service, as the local launcher creates them (pg_ensure_database).
CREATE DATABASE forgeline_scheduling;
CREATE DATABASE forgeline_execution;
CREATE DATABASE forgeline_quality;
CREATE DATABASE forgeline_warehouse;
CREATE DATABASE forgeline_supply;
