-- Places of the territory (app/features/directory): communes, wards, special zones, their UBND and former names.
-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT '',
    "organizationId" TEXT NOT NULL,
    "formerNames" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Place_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Place_organizationId_idx" ON "Place"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Place_kind_name_key" ON "Place"("kind", "name");
