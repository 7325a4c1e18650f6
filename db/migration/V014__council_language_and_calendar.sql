-- The language a council's documents are written in and the calendar its dates are shown in: Thai councils count
-- years in the Buddhist Era (พ.ศ.), Japanese councils by era (令和). Existing councils keep English and Gregorian.
alter table council add column document_language varchar(8) default 'en' not null;
alter table council add column calendar_system varchar(16) default 'GREGORIAN' not null;
