-- A published KPI's place among its measure's KPIs (1, 2, ...), beside its place in the whole publication
-- (position, by which its targets and actuals are stored). Rows published before this column existed take it from
-- the order they were published in.
alter table progress_kpi add column place_in_measure integer;
update progress_kpi set place_in_measure = (
    select count(*) from progress_kpi earlier
    where earlier.publication_id = progress_kpi.publication_id
      and earlier.measure_position = progress_kpi.measure_position
      and earlier.position <= progress_kpi.position);
alter table progress_kpi alter column place_in_measure set not null;
alter table progress_kpi add constraint uq_progress_kpi_place unique (publication_id, measure_position, place_in_measure);
