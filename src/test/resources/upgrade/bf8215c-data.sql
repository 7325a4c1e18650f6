-- Rows in a database built by the migrations of commit bf8215c (V001 to V003 as first landed), as that version's
-- app wrote them: three people, a council, a plan with one written section, and a member's position on it.
insert into app_user (username, display_name, email, created_at)
values ('pranee', 'Pranee Sukjai', 'pranee@example.org', timestamp with time zone '2026-11-29 07:30:00+00');
insert into app_user (username, display_name, email, created_at)
values ('somchai', 'Somchai Rattanakorn', 'somchai@example.org', timestamp with time zone '2026-11-29 07:30:00+00');
insert into app_user (username, display_name, email, created_at)
values ('anan', 'Anan Wongsawat', 'anan@example.org', timestamp with time zone '2026-11-29 07:30:00+00');
insert into council (name, kind, mandate, term_start, consensus_rule, created_at)
values ('Council for Clean Mobility', 'DELIBERATION_COUNCIL', 'Draft the clean mobility master plan.',
        date '2026-01-01', 'NO_OBJECTION', timestamp with time zone '2026-11-29 07:31:00+00');
insert into membership (council_id, user_id, role, stakeholder_group, organization_name, organization_type, active_from, created_at)
select c.id, u.id, 'SECRETARIAT', 'MINISTRY', 'Office of the Council', 'GOVERNMENT', date '2026-01-01',
       timestamp with time zone '2026-11-29 07:31:00+00'
  from council c, app_user u where u.username = 'pranee';
insert into membership (council_id, user_id, role, stakeholder_group, organization_name, organization_type, active_from, created_at)
select c.id, u.id, 'CHAIR', 'EXPERT', 'Institute of Transport', 'ACADEMIA', date '2026-01-01',
       timestamp with time zone '2026-11-29 07:31:00+00'
  from council c, app_user u where u.username = 'somchai';
insert into membership (council_id, user_id, role, stakeholder_group, organization_name, organization_type, active_from, created_at)
select c.id, u.id, 'MEMBER', 'BUSINESS', 'Thai Auto Parts Association', 'INDUSTRY_ASSOCIATION', date '2026-01-01',
       timestamp with time zone '2026-11-29 07:31:00+00'
  from council c, app_user u where u.username = 'anan';
insert into master_plan (council_id, title, cycle_start, cycle_end, created_by, created_at)
select c.id, 'Clean Mobility Master Plan 2027-2031', 2027, 2031, u.id, timestamp with time zone '2026-11-29 07:32:00+00'
  from council c, app_user u where u.username = 'pranee';
insert into plan_section (plan_id, position, title, created_at)
select p.id, 0, 'Vision', timestamp with time zone '2026-11-29 07:33:00+00' from master_plan p;
insert into section_lead (section_id, user_id)
select s.id, u.id from plan_section s, app_user u where u.username = 'anan';
insert into section_revision (section_id, revision_no, body, author_id, created_at, kind, words_changed)
select s.id, 1, 'A regional hub for clean vehicles by 2031.', u.id, timestamp with time zone '2026-11-29 07:34:00+00',
       'EDIT', 8
  from plan_section s, app_user u where u.username = 'anan';
update plan_section set current_revision_id = (select max(id) from section_revision);
insert into member_position (plan_id, section_id, user_id, stance, revision_id, created_at)
select s.plan_id, s.id, u.id, 'AGREE', s.current_revision_id, timestamp with time zone '2026-11-29 07:35:00+00'
  from plan_section s, app_user u where u.username = 'anan'
