-- The deployment profile (app/features/profile): one row, the profile as JSON.
-- CreateTable
CREATE TABLE "DeploymentProfile" (
    "id" INTEGER NOT NULL PRIMARY KEY DEFAULT 1,
    "data" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
