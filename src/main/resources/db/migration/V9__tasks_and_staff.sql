-- Tasks the desk makes itself carry their kind, so that each is made once (one call-back per no-show, one
-- confirmation call per booking, one open follow-up per client) and the list can say where a task came from.
ALTER TABLE task ADD COLUMN kind VARCHAR(30) NOT NULL DEFAULT 'MANUAL';
ALTER TABLE task ADD CONSTRAINT ck_task_kind
    CHECK (kind IN ('MANUAL', 'NO_SHOW_CALL_BACK', 'CONFIRMATION_CALL', 'FOLLOW_UP'));
CREATE INDEX ix_task_open_due ON task (done, due_date);
CREATE INDEX ix_task_booking ON task (booking_id, kind);

-- Which tasks the desk makes by itself, per branch: a call-back after a no-show, a confirmation call the day before
-- for bookings still NEW, a follow-up when a client has not come for this many days (NULL: no follow-ups).
ALTER TABLE branch ADD COLUMN task_on_no_show BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE branch ADD COLUMN task_confirm_day_before BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE branch ADD COLUMN follow_up_after_days INTEGER DEFAULT 60;
ALTER TABLE branch ADD CONSTRAINT ck_branch_follow_up CHECK (follow_up_after_days BETWEEN 7 AND 730);

CREATE INDEX ix_staff_user_employee ON staff_user (employee_id);
