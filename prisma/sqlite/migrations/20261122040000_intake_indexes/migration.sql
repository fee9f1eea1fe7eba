-- CreateIndex
CREATE INDEX "Question_episodeId_deviceId_createdAt_idx" ON "Question"("episodeId", "deviceId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_episodeId_phone_createdAt_idx" ON "Question"("episodeId", "phone", "createdAt");

