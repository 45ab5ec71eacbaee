-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "counterId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "detail" TEXT,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Kecamatan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Kelurahan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,

    CONSTRAINT "Kelurahan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "LicenseType" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "slaDays" INTEGER NOT NULL,
    "tariff" INTEGER NOT NULL,
    "agency" TEXT NOT NULL,
    "isBusiness" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "requirements" TEXT NOT NULL DEFAULT '',
    "procedure" TEXT NOT NULL DEFAULT '',
    "product" TEXT NOT NULL DEFAULT '',
    "complaintHandling" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "standardPublished" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicenseType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "licenseTypeId" INTEGER,
    "counterId" INTEGER,
    "applicationNo" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kiosk" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "counterId" INTEGER NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3),

    CONSTRAINT "Kiosk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "surveyDate" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "licenseTypeId" INTEGER,
    "counterId" INTEGER,
    "kioskId" TEXT,
    "invitationId" TEXT,
    "age" INTEGER,
    "sex" TEXT,
    "education" TEXT,
    "occupation" TEXT,
    "infoSource" TEXT,
    "comment" TEXT,
    "answers" TEXT NOT NULL,
    "extraAnswers" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkmDailyAggregate" (
    "id" SERIAL NOT NULL,
    "day" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "counterId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "respondents" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "scoreSumSq" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "s1" INTEGER NOT NULL DEFAULT 0,
    "n1" INTEGER NOT NULL DEFAULT 0,
    "s2" INTEGER NOT NULL DEFAULT 0,
    "n2" INTEGER NOT NULL DEFAULT 0,
    "s3" INTEGER NOT NULL DEFAULT 0,
    "n3" INTEGER NOT NULL DEFAULT 0,
    "s4" INTEGER NOT NULL DEFAULT 0,
    "n4" INTEGER NOT NULL DEFAULT 0,
    "s5" INTEGER NOT NULL DEFAULT 0,
    "n5" INTEGER NOT NULL DEFAULT 0,
    "s6" INTEGER NOT NULL DEFAULT 0,
    "n6" INTEGER NOT NULL DEFAULT 0,
    "s7" INTEGER NOT NULL DEFAULT 0,
    "n7" INTEGER NOT NULL DEFAULT 0,
    "s8" INTEGER NOT NULL DEFAULT 0,
    "n8" INTEGER NOT NULL DEFAULT 0,
    "s9" INTEGER NOT NULL DEFAULT 0,
    "n9" INTEGER NOT NULL DEFAULT 0,
    "s10" INTEGER NOT NULL DEFAULT 0,
    "n10" INTEGER NOT NULL DEFAULT 0,
    "s11" INTEGER NOT NULL DEFAULT 0,
    "n11" INTEGER NOT NULL DEFAULT 0,
    "s12" INTEGER NOT NULL DEFAULT 0,
    "n12" INTEGER NOT NULL DEFAULT 0,
    "s13" INTEGER NOT NULL DEFAULT 0,
    "n13" INTEGER NOT NULL DEFAULT 0,
    "s14" INTEGER NOT NULL DEFAULT 0,
    "n14" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SkmDailyAggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireExtraQuestion" (
    "id" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuestionnaireExtraQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkmPopulation" (
    "id" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "population" INTEGER NOT NULL,

    CONSTRAINT "SkmPopulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkmReport" (
    "id" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "followUpPlan" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkmReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "registrationNo" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "applicantName" TEXT,
    "applicantKind" TEXT NOT NULL,
    "kecamatanCode" TEXT,
    "kelurahanCode" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "fileCompleteAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "status" TEXT NOT NULL,
    "currentStage" TEXT NOT NULL,
    "outcomeReason" TEXT,
    "counterId" INTEGER,
    "officerId" TEXT,
    "feeCharged" INTEGER,
    "slaDays" INTEGER NOT NULL,
    "investmentValue" BIGINT,
    "investmentCurrency" TEXT,
    "investmentOriginalAmount" TEXT,
    "exchangeRate" TEXT,
    "workersLocal" INTEGER,
    "workersForeign" INTEGER,
    "kbli" TEXT,
    "kbliVersion" TEXT,
    "sector" TEXT,
    "sectorGroup" TEXT,
    "origin" TEXT,
    "scale" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "clockStartDay" TEXT NOT NULL,
    "finishedDay" TEXT,
    "dueDate" TEXT NOT NULL,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "pausedSince" TEXT,
    "processingDays" INTEGER,
    "isOnTime" BOOLEAN,
    "tariff" INTEGER,
    "isFeeDiscrepant" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" SERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "actorId" TEXT,
    "durationDays" INTEGER,
    "finishedDay" TEXT,
    "licenseTypeId" INTEGER,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kpi" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "setById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "ticketNo" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "senderName" TEXT,
    "senderPhone" TEXT,
    "senderEmail" TEXT,
    "category" TEXT NOT NULL,
    "applicationNo" TEXT,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "assigneeId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "deadlineOn" TEXT NOT NULL,
    "firstAnsweredAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "publicAnswer" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintNote" (
    "id" SERIAL NOT NULL,
    "complaintId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "complaintId" TEXT,
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "complaintId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessingDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "processingDays" INTEGER NOT NULL,
    "isOnTime" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ProcessingDayStat_pkey" PRIMARY KEY ("day","licenseTypeId","processingDays","isOnTime")
);

-- CreateTable
CREATE TABLE "ProcessingStageDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ProcessingStageDayStat_pkey" PRIMARY KEY ("day","licenseTypeId","stage","durationDays")
);

-- CreateTable
CREATE TABLE "InvestmentDayStat" (
    "day" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "sectorGroup" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "projects" INTEGER NOT NULL,
    "investment" BIGINT NOT NULL,
    "workers" INTEGER NOT NULL,

    CONSTRAINT "InvestmentDayStat_pkey" PRIMARY KEY ("day","sector","sectorGroup","kecamatanCode","origin","scale")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "Kelurahan_kecamatanCode_idx" ON "Kelurahan"("kecamatanCode");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseType_code_key" ON "LicenseType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Counter_code_key" ON "Counter"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_token_key" ON "SurveyInvitation"("token");

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_keyHash_key" ON "Kiosk"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_invitationId_key" ON "SurveyResponse"("invitationId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_idempotencyKey_key" ON "SurveyResponse"("idempotencyKey");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyDate_idx" ON "SurveyResponse"("surveyDate");

-- CreateIndex
CREATE INDEX "SurveyResponse_questionnaire_surveyDate_idx" ON "SurveyResponse"("questionnaire", "surveyDate");

-- CreateIndex
CREATE INDEX "SkmDailyAggregate_questionnaire_day_idx" ON "SkmDailyAggregate"("questionnaire", "day");

-- CreateIndex
CREATE UNIQUE INDEX "SkmDailyAggregate_day_questionnaire_licenseTypeId_counterId_key" ON "SkmDailyAggregate"("day", "questionnaire", "licenseTypeId", "counterId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireExtraQuestion_questionnaire_code_key" ON "QuestionnaireExtraQuestion"("questionnaire", "code");

-- CreateIndex
CREATE UNIQUE INDEX "SkmPopulation_periodKey_key" ON "SkmPopulation"("periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "SkmReport_periodKey_key" ON "SkmReport"("periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Application_registrationNo_key" ON "Application"("registrationNo");

-- CreateIndex
CREATE INDEX "Application_finishedAt_idx" ON "Application"("finishedAt");

-- CreateIndex
CREATE INDEX "Application_status_dueDate_idx" ON "Application"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Application_licenseTypeId_finishedAt_idx" ON "Application"("licenseTypeId", "finishedAt");

-- CreateIndex
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE INDEX "Application_finishedDay_licenseTypeId_processingDays_isOnTi_idx" ON "Application"("finishedDay", "licenseTypeId", "processingDays", "isOnTime");

-- CreateIndex
CREATE INDEX "Application_isFeeDiscrepant_finishedDay_idx" ON "Application"("isFeeDiscrepant", "finishedDay");

-- CreateIndex
CREATE INDEX "Application_status_finishedDay_idx" ON "Application"("status", "finishedDay");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_at_idx" ON "ApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "ApplicationEvent_finishedDay_stage_durationDays_idx" ON "ApplicationEvent"("finishedDay", "stage", "durationDays");

-- CreateIndex
CREATE INDEX "KpiTarget_year_kpi_createdAt_idx" ON "KpiTarget"("year", "kpi", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_ticketNo_key" ON "Complaint"("ticketNo");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_status_deadlineOn_idx" ON "Complaint"("status", "deadlineOn");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");

-- CreateIndex
CREATE INDEX "ComplaintNote_complaintId_createdAt_idx" ON "ComplaintNote"("complaintId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_messageId_key" ON "InboundMessage"("messageId");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kelurahan" ADD CONSTRAINT "Kelurahan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintNote" ADD CONSTRAINT "ComplaintNote_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

