-- SOL005 lets nsName be any string ("My NS 1"); the instance's deployment needs a DNS label. The label stays in name
-- (unique, what platforms are named after); ns_name keeps what the client sent (issue 28). Existing instances were
-- created when nsName had to be a DNS label, so their label is their nsName.
ALTER TABLE ns_instance ADD COLUMN ns_name VARCHAR(255);
UPDATE ns_instance SET ns_name = name;
ALTER TABLE ns_instance ALTER COLUMN ns_name SET NOT NULL;
