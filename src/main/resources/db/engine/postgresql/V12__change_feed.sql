-- The change feed on PostgreSQL (see org.salondesk.changes): every write that a screen shows sends a notification on
-- the channel salondesk_changes, which the server delivers to the listening desks when the transaction commits (and
-- never when it rolls back). A booking's notification says where it was or is now, "BOOKINGS id branch master date",
-- so a desk re-reads only that day; the other tables say only what kind of thing changed, once per statement.
-- The server folds identical notifications of one transaction into one.
CREATE FUNCTION salondesk_booking_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('salondesk_changes', concat_ws(' ', 'BOOKINGS', OLD.id, OLD.branch_id, OLD.employee_id,
                to_char(OLD.booking_date, 'YYYY-MM-DD')));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('salondesk_changes', concat_ws(' ', 'BOOKINGS', NEW.id, NEW.branch_id, NEW.employee_id,
                to_char(NEW.booking_date, 'YYYY-MM-DD')));
    END IF;
    RETURN NULL;
END
$$;

-- The trigger's argument is the kind of thing the table holds.
CREATE FUNCTION salondesk_table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('salondesk_changes', TG_ARGV[0]);
    RETURN NULL;
END
$$;

CREATE TRIGGER change_booking AFTER INSERT OR UPDATE OR DELETE ON booking
    FOR EACH ROW EXECUTE FUNCTION salondesk_booking_changed();

CREATE TRIGGER change_branch AFTER INSERT OR UPDATE OR DELETE ON branch
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CATALOG');
CREATE TRIGGER change_service_category AFTER INSERT OR UPDATE OR DELETE ON service_category
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CATALOG');
CREATE TRIGGER change_job_title AFTER INSERT OR UPDATE OR DELETE ON job_title
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CATALOG');
CREATE TRIGGER change_salon_service AFTER INSERT OR UPDATE OR DELETE ON salon_service
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CATALOG');
CREATE TRIGGER change_employee AFTER INSERT OR UPDATE OR DELETE ON employee
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CATALOG');
CREATE TRIGGER change_employee_service AFTER INSERT OR UPDATE OR DELETE ON employee_service
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CATALOG');

CREATE TRIGGER change_weekly_shift AFTER INSERT OR UPDATE OR DELETE ON weekly_shift
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('SCHEDULES');
CREATE TRIGGER change_dated_shift AFTER INSERT OR UPDATE OR DELETE ON dated_shift
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('SCHEDULES');
CREATE TRIGGER change_day_off AFTER INSERT OR UPDATE OR DELETE ON day_off
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('SCHEDULES');
CREATE TRIGGER change_employee_break AFTER INSERT OR UPDATE OR DELETE ON employee_break
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('SCHEDULES');
CREATE TRIGGER change_rotation_pattern AFTER INSERT OR UPDATE OR DELETE ON rotation_pattern
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('SCHEDULES');
CREATE TRIGGER change_recurring_break AFTER INSERT OR UPDATE OR DELETE ON recurring_break
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('SCHEDULES');

CREATE TRIGGER change_client AFTER INSERT OR UPDATE OR DELETE ON client
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('CLIENTS');
CREATE TRIGGER change_task AFTER INSERT OR UPDATE OR DELETE ON task
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('TASKS');
CREATE TRIGGER change_staff_user AFTER INSERT OR UPDATE OR DELETE ON staff_user
    FOR EACH STATEMENT EXECUTE FUNCTION salondesk_table_changed('STAFF');
