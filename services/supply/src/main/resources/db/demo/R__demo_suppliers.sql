insert into supplier (code, name, country) values
    ('ACME',   'ACME Bearings GmbH', 'DE'),
    ('GLOBEX', 'Globex Castings Ltd', 'GB')
on conflict (code) do nothing;
