-- The deployment profile (app/features/profile): one row, the profile as JSON.
-- CreateTable
CREATE TABLE "DeploymentProfile" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "data" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeploymentProfile_pkey" PRIMARY KEY ("id")
);
