-- What a target's alarms need that its health columns do not keep (issue 21): the class of the last failed connection
-- check (credentials rejected is a different alarm from unreachable), and the nodes an earlier inventory had that the
-- latest lacks, kept until they come back or an operator changes the target (accepting the nodes it has now).
ALTER TABLE fleet_target ADD COLUMN check_failure VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE fleet_target ADD COLUMN nodes_gone VARCHAR(4000) DEFAULT '' NOT NULL;
