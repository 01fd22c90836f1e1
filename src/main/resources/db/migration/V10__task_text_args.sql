-- A task the desk makes keeps the values of its words (client, phone, date, time), one per line, so that every reader
-- sees it worded in her own language. Its title keeps the words as first written, for whoever reads the table directly.
ALTER TABLE task ADD COLUMN text_args VARCHAR(1000);

-- The desk's earlier tasks take their values from the booking and client they are about; a title a person has
-- rewritten (it no longer starts as the desk words it, in English or Russian) keeps her words.
UPDATE task SET text_args = (
    SELECT c.name || COALESCE(' ' || c.surname, '') || '
' || COALESCE(c.phone, '') || '
' || CAST(b.booking_date AS VARCHAR(10)) || '
' || CAST(b.start_time AS VARCHAR(8))
    FROM booking b JOIN client c ON c.id = b.client_id
    WHERE b.id = task.booking_id)
WHERE booking_id IS NOT NULL
  AND (kind = 'NO_SHOW_CALL_BACK' AND (title LIKE 'Call back %' OR title LIKE 'Перезвонить: %')
    OR kind = 'CONFIRMATION_CALL' AND (title LIKE 'Confirm tomorrow%' OR title LIKE 'Подтвердить запись на завтра: %'));

-- A follow-up was made after the client's last completed visit before its due day.
UPDATE task SET text_args = (
    SELECT c.name || COALESCE(' ' || c.surname, '') || '
' || COALESCE(c.phone, '') || '
' || CAST(MAX(b.booking_date) AS VARCHAR(10))
    FROM client c JOIN booking b ON b.client_id = c.id
    WHERE c.id = task.client_id AND b.status = 'COMPLETED' AND b.booking_date < task.due_date
    GROUP BY c.id, c.name, c.surname, c.phone)
WHERE client_id IS NOT NULL AND kind = 'FOLLOW_UP'
  AND (title LIKE 'Invite %' OR title LIKE 'Пригласить снова: %');
