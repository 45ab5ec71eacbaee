-- CreateTable
CREATE TABLE "InvestmentRealisation" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodNumber" INTEGER NOT NULL,
    "periodFirstDay" TEXT NOT NULL,
    "periodLastDay" TEXT NOT NULL,
    "realisedInvestment" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "originalAmount" TEXT NOT NULL,
    "exchangeRate" TEXT,
    "workersLocal" INTEGER NOT NULL,
    "workersForeign" INTEGER NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "reportedDay" TEXT NOT NULL,
    "isOnTime" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InvestmentRealisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvestmentRealisation_periodLastDay_applicationId_idx" ON "InvestmentRealisation"("periodLastDay", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "InvestmentRealisation_applicationId_year_periodKind_periodN_key" ON "InvestmentRealisation"("applicationId", "year", "periodKind", "periodNumber");

-- AddForeignKey
ALTER TABLE "InvestmentRealisation" ADD CONSTRAINT "InvestmentRealisation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

