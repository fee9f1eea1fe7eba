-- Sign-in throttling per (account, address) and per address (app/platform/login-throttle.server.ts);
-- nothing counts per account alone any more, so the account's own counter and lock go (the locks
-- they held are lifted). The address rows (keys "ip:<address>") are kept with their address.
-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLogins",
DROP COLUMN "lockedUntil";

-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN     "address" TEXT,
ADD COLUMN     "username" TEXT;
UPDATE "LoginThrottle" SET "address" = substr("key", 4) WHERE "key" LIKE 'ip:%';
DELETE FROM "LoginThrottle" WHERE "address" IS NULL;
ALTER TABLE "LoginThrottle" ALTER COLUMN "address" SET NOT NULL;

-- CreateIndex
CREATE INDEX "LoginThrottle_username_idx" ON "LoginThrottle"("username");

-- CreateIndex
CREATE INDEX "LoginThrottle_windowStart_idx" ON "LoginThrottle"("windowStart");
