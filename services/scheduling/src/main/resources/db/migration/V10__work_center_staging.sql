-- Whether operators at the work center may consume only material staged there (published as
-- WorkCenterChanged.requires_staging); otherwise material is consumed from where it lies, flagged as not staged.
alter table work_center add column requires_staging boolean not null default false;
