-- Back-office API keys, one per person or system, each with the least roles it needs. A key is
-- <id>.<256 random bits>, shown once; only its PBKDF2 hash is stored. roles is a comma-separated
-- list of OWNER, STORES, CATALOG, STOCK, MONITOR. The OPENTILL_ADMIN_TOKEN of the deployment is
-- the owner's bootstrap key and is never stored.
CREATE TABLE admin_key (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(80)  NOT NULL,
    key_hash   VARCHAR(200) NOT NULL,
    roles      VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(80)  NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT admin_key_name_uk UNIQUE (name)
);

-- Every back-office call that changes something, and every refused call, with who made it.
CREATE TABLE admin_audit (
    id         UUID         NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    admin_name VARCHAR(80),
    method     VARCHAR(10)  NOT NULL,
    path       VARCHAR(300) NOT NULL,
    status     INT          NOT NULL
);
CREATE INDEX admin_audit_at_idx ON admin_audit (at);
