-- What the front desk needs of a center (issue #4.1): its mediation rooms and their mediators, its
-- dispute categories, and which room each category goes to.
create table mediation_room (
    id          uuid         primary key,
    name        varchar(60)  not null unique,
    type        varchar(30)  not null,
    location    varchar(100),
    open        boolean      not null default true,
    updated_at  timestamptz  not null,
    updated_by  varchar(255) not null,
    version     bigint       not null default 0
);

create table room_mediator (
    room_id   uuid         not null references mediation_room (id) on delete cascade,
    username  varchar(255) not null,
    primary key (room_id, username)
);
create index room_mediator_by_username on room_mediator (username);

-- The center's own categories and the defaults every center starts from. Categories a district or
-- street adds are inherited beneath it by reading its table (origin OWN there).
create table category (
    code         varchar(40)  primary key,
    name         varchar(60)  not null,
    name_en      varchar(60),
    parent_code  varchar(40),
    origin       varchar(10)  not null check (origin in ('DEFAULT', 'OWN')),
    position     integer      not null default 0
);

-- Deactivation is per center: a category stays in the parent's dictionary, only this center hides it.
create table category_deactivation (
    code            varchar(40)  primary key,
    deactivated_at  timestamptz  not null,
    deactivated_by  varchar(255) not null
);

create table routing_rule (
    category_code  varchar(40)  primary key,
    room_id        uuid         not null references mediation_room (id),
    updated_at     timestamptz  not null,
    updated_by     varchar(255) not null
);

insert into category (code, name, name_en, parent_code, origin, position) values
    ('marriage-family',     '婚姻家庭纠纷',     'Marriage and family',     null,              'DEFAULT', 10),
    ('divorce',             '离婚纠纷',         'Divorce',                 'marriage-family', 'DEFAULT', 11),
    ('support',             '赡养抚养纠纷',     'Support of elders and children', 'marriage-family', 'DEFAULT', 12),
    ('inheritance',         '继承纠纷',         'Inheritance',             'marriage-family', 'DEFAULT', 13),
    ('domestic-violence',   '家庭暴力',         'Domestic violence',       'marriage-family', 'DEFAULT', 14),
    ('neighbour',           '邻里纠纷',         'Neighbours',              null,              'DEFAULT', 20),
    ('property-management', '物业纠纷',         'Property management',     null,              'DEFAULT', 30),
    ('labour',              '劳动争议',         'Labour',                  null,              'DEFAULT', 40),
    ('wage-arrears',        '欠薪纠纷',         'Wage arrears',            'labour',          'DEFAULT', 41),
    ('medical',             '医疗纠纷',         'Medical',                 null,              'DEFAULT', 50),
    ('land',                '土地及征收拆迁纠纷', 'Land and expropriation', null,              'DEFAULT', 60),
    ('consumer',            '消费纠纷',         'Consumer',                null,              'DEFAULT', 70),
    ('investment',          '投资理财纠纷',     'Investment',              null,              'DEFAULT', 80),
    ('traffic',             '交通事故纠纷',     'Traffic accident',        null,              'DEFAULT', 90),
    ('contract-debt',       '合同借贷纠纷',     'Contracts and debts',     null,              'DEFAULT', 100),
    ('other',               '其他纠纷',         'Other',                   null,              'DEFAULT', 999);
