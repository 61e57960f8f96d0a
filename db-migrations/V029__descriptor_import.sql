-- Issue 23: what an import said about a descriptor it stored, kept after the import dialog closes. One row per
-- imported VNFD draft or PNFD (exactly one of vnf_id / pnf_id is set; a descriptor designed in the console has none):
-- the file, its SHA-256, the profile it was judged by, who imported it and when; the findings (warnings and notes:
-- an accepted import has no errors) in their own table, in the engine's order. Rows go with their descriptor.
CREATE TABLE descriptor_import (
    id                   UUID                     PRIMARY KEY,
    vnf_id               UUID                     REFERENCES vnf_descriptor (id) ON DELETE CASCADE,
    pnf_id               UUID                     REFERENCES pnf_descriptor (id) ON DELETE CASCADE,
    file_name            VARCHAR(500)             NOT NULL,
    sha256               VARCHAR(64)              NOT NULL,
    profile              VARCHAR(16)              NOT NULL,
    signature_overridden BOOLEAN                  NOT NULL,
    imported_by          VARCHAR(64)              NOT NULL,
    imported_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_descriptor_import_one CHECK ((vnf_id IS NULL) <> (pnf_id IS NULL)),
    CONSTRAINT uk_descriptor_import_vnf UNIQUE (vnf_id),
    CONSTRAINT uk_descriptor_import_pnf UNIQUE (pnf_id)
);

CREATE TABLE descriptor_import_finding (
    import_id  UUID          NOT NULL REFERENCES descriptor_import (id) ON DELETE CASCADE,
    seq        INTEGER       NOT NULL,
    code       VARCHAR(100)  NOT NULL,
    severity   VARCHAR(16)   NOT NULL,
    file       VARCHAR(500)  NOT NULL,
    line_no    INTEGER       NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    message    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (import_id, seq)
);

-- the designer and the PNF page read a descriptor's record by its id, and deleting a descriptor cascades here
CREATE INDEX descriptor_import_vnf ON descriptor_import (vnf_id);
CREATE INDEX descriptor_import_pnf ON descriptor_import (pnf_id);
