-- The reminders each agency report has had: the round's opening, a week before the deadline, the day before, and
-- overdue. Each is sent once, however many app nodes run the hourly sweep: a node claims a reminder by inserting
-- its row, and the primary key lets only one claim succeed.
create table report_reminder (
    report_id  bigint      not null references agency_report (id),
    stage      varchar(16) not null,
    sent_at    timestamp with time zone not null,
    primary key (report_id, stage),
    constraint ck_report_reminder_stage check (stage in ('OPENED', 'DUE_IN_A_WEEK', 'DUE_TOMORROW', 'OVERDUE'))
);
