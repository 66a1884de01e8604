-- The store's receipt logo as the centre sent it (one row, id 1), and the raster dithered from it
-- for this till's printer model: made once per logo and model and reused for every receipt.
CREATE TABLE store_logo (
    id           SMALLINT    NOT NULL PRIMARY KEY,
    image        BYTEA       NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    raster       BYTEA,
    raster_model VARCHAR(60),
    raster_sha   VARCHAR(64),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
