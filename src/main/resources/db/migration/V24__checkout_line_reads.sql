-- A checkout line carries its branch, business date and master (issue 17, decision 0031): the masters' pay and the
-- revenue by service then sum one table's index instead of joining every line to its checkout and booking. Written
-- with the line, never changed, like the rest of the checkout.
ALTER TABLE checkout_line ADD COLUMN branch_id BIGINT;
ALTER TABLE checkout_line ADD COLUMN business_date DATE;
ALTER TABLE checkout_line ADD COLUMN employee_id BIGINT;
UPDATE checkout_line SET
    branch_id     = (SELECT c.branch_id FROM checkout c WHERE c.id = checkout_line.checkout_id),
    business_date = (SELECT c.business_date FROM checkout c WHERE c.id = checkout_line.checkout_id),
    employee_id   = (SELECT b.employee_id FROM checkout c JOIN booking b ON b.id = c.booking_id
                     WHERE c.id = checkout_line.checkout_id);
ALTER TABLE checkout_line ALTER COLUMN branch_id SET NOT NULL;
ALTER TABLE checkout_line ALTER COLUMN business_date SET NOT NULL;
ALTER TABLE checkout_line ALTER COLUMN employee_id SET NOT NULL;
ALTER TABLE checkout_line ADD CONSTRAINT fk_checkout_line_branch FOREIGN KEY (branch_id) REFERENCES branch (id);
ALTER TABLE checkout_line ADD CONSTRAINT fk_checkout_line_master FOREIGN KEY (employee_id) REFERENCES employee (id);
CREATE INDEX ix_checkout_line_pay ON checkout_line (branch_id, business_date, kind, employee_id, service_id, quantity,
                                                    amount);
