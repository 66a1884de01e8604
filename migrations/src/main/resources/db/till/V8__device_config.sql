-- The devices this till drives, one row per kind, chosen by the technician (installer setup or the
-- setup wizard). connection is the peripherals one-line syntax (serial:/dev/ttyUSB0?baud=9600&mode=8N1,
-- tcp:host:9100, file:/dev/usb/lp0, sim), or 'printer' for a drawer kicked through the receipt
-- printer, or 'keyboard' for a scanner that types like a keyboard (wedge). model is the printer model
-- id, the display's command set, the scale's protocol or the label printer's model.
CREATE TABLE device_config (
    kind        VARCHAR(20)  NOT NULL PRIMARY KEY,
    connection  VARCHAR(300) NOT NULL,
    model       VARCHAR(60),
    code_page   VARCHAR(20),
    drawer_pin  SMALLINT,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
