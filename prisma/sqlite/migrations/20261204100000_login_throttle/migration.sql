-- Sign-in throttling per (account, address) and per address (app/platform/login-throttle.server.ts);
-- nothing counts per account alone any more, so the account's own counter and lock go (the locks
-- they held are lifted). The address rows (keys "ip:<address>") are kept with their address.
ALTER TABLE "User" DROP COLUMN "failedLogins";
ALTER TABLE "User" DROP COLUMN "lockedUntil";

-- RedefineTables
CREATE TABLE "new_LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "address" TEXT NOT NULL,
    "username" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME
);
INSERT INTO "new_LoginThrottle" ("key", "address", "failures", "windowStart", "lockedUntil")
SELECT "key", substr("key", 4), "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" LIKE 'ip:%';
DROP TABLE "LoginThrottle";
ALTER TABLE "new_LoginThrottle" RENAME TO "LoginThrottle";

-- CreateIndex
CREATE INDEX "LoginThrottle_username_idx" ON "LoginThrottle"("username");

-- CreateIndex
CREATE INDEX "LoginThrottle_windowStart_idx" ON "LoginThrottle"("windowStart");
