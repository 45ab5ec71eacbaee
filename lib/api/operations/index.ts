/**
 * Every operation of /api/v1: the exports of the area files made by defineOperation. A new area file gets one line
 * here; a new operation in an existing file is picked up by itself. The OpenAPI test checks that this list and the
 * route files under app/api/v1 match, handler by handler.
 */
import { isOperation, type OperationSpec } from "../contract";
import * as core from "./core";
import * as skm from "./skm";
import * as applications from "./applications";
import * as complaints from "./complaints";
import * as investment from "./investment";
import * as attendanceOutreach from "./attendance-outreach";
import * as followUp from "./follow-up";
import * as imports from "./imports";
import * as oss from "./oss";
import * as openData from "./open-data";
import * as exportsArea from "./exports";
import * as listExports from "./list-exports";

const AREAS: readonly Record<string, unknown>[] = [
  core,
  skm,
  applications,
  complaints,
  investment,
  attendanceOutreach,
  followUp,
  imports,
  oss,
  openData,
  exportsArea,
  listExports,
];

export const API_OPERATIONS: readonly OperationSpec[] = AREAS.flatMap((area) =>
  Object.values(area).filter(isOperation),
);
