-- The central platform's store. Portable SQL for PostgreSQL and H2 (in PostgreSQL mode).
-- Placeholder table so code generation has a schema; the sync/central issue grows it.
CREATE TABLE store (
    id         UUID         NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_code_uk UNIQUE (code)
);
