-- A quality engineer signs a decision made by hand: Keycloak re-authenticated them at that moment. Kept with the
-- decision: who (Keycloak subject; decided_by is the user name), when, and what the signature means in words.
-- Automatic decisions are made by the Ac/Re rule and are not signed; decisions from before signing existed are not.
alter table usage_decision
    add column signer_subject    text,
    add column signed_at         timestamptz,
    add column signature_meaning text,
    add check ((signer_subject is null) = (signed_at is null) and (signed_at is null) = (signature_meaning is null));
