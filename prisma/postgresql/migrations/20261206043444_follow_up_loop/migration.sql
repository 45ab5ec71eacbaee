-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "consentAt" TIMESTAMP(3),
ADD COLUMN     "intakeKey" TEXT,
ADD COLUMN     "licenseTypeId" INTEGER,
ADD COLUMN     "surveyElement" TEXT;

-- CreateTable
CREATE TABLE "FollowUpAction" (
    "id" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerUserId" TEXT,
    "ownerUnit" TEXT,
    "startDay" TEXT NOT NULL,
    "dueDay" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "doneDay" TEXT,
    "dropReason" TEXT,
    "evidenceText" TEXT NOT NULL DEFAULT '',
    "baselineNrr" DOUBLE PRECISION,
    "createdById" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpAttachment" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompensationRecord" (
    "id" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "licenseTypeId" INTEGER,
    "applicationNo" TEXT,
    "ticketNo" TEXT,
    "component" TEXT NOT NULL,
    "shortfall" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "offered" TEXT NOT NULL,
    "amount" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'offered',
    "recordedById" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompensationRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUpAction_periodKey_idx" ON "FollowUpAction"("periodKey");

-- CreateIndex
CREATE INDEX "FollowUpAction_status_dueDay_idx" ON "FollowUpAction"("status", "dueDay");

-- CreateIndex
CREATE INDEX "FollowUpAction_ownerUserId_status_idx" ON "FollowUpAction"("ownerUserId", "status");

-- CreateIndex
CREATE INDEX "FollowUpAttachment_actionId_idx" ON "FollowUpAttachment"("actionId");

-- CreateIndex
CREATE INDEX "CompensationRecord_occurredOn_idx" ON "CompensationRecord"("occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_intakeKey_key" ON "Complaint"("intakeKey");

-- AddForeignKey
ALTER TABLE "FollowUpAttachment" ADD CONSTRAINT "FollowUpAttachment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "FollowUpAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

