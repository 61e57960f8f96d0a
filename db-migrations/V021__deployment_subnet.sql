-- The subnets a deployment's chain links took from the console's address pool (issue 22). One row per link; the unique
-- subnet makes two consoles (or two deploys) racing for the same block fail in the database rather than on a Docker
-- host that refuses overlapping networks. Rows go when the deployment is terminated or deleted. Keyed by the
-- deployment's name: a deploy reserves while it creates the deployment, and names are unique among deployments.
CREATE TABLE deployment_subnet (
    deployment_name VARCHAR(40)              NOT NULL,
    link            VARCHAR(63)              NOT NULL,
    cidr            VARCHAR(43)              NOT NULL,
    reserved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_deployment_subnet PRIMARY KEY (deployment_name, link),
    CONSTRAINT uq_deployment_subnet_cidr UNIQUE (cidr)
);
