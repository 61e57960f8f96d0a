-- Packets a network function sent on its data interfaces (every interface but the management one, eth0), summed over
-- its instances (issue 22): what shows on the chain's picture that traffic crossed it. NULL where the platform does not
-- count per interface, or the NF has no data interface.
ALTER TABLE kpi_sample ADD COLUMN forwarded_packets BIGINT;
