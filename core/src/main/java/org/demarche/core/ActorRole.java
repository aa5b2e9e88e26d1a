package org.demarche.core;

/**
 * The role part of a CAMEO-style actor code: {@code RUS} + {@code GOV} = {@code RUSGOV}.
 *
 * <p>The first seven are the roles of the annotation standard; the others are CAMEO sectors that
 * news text names often enough to keep apart (police, intelligence, civilians, refugees).
 */
public enum ActorRole {
  /** Government, its ministries, officials and diplomats. */
  GOV,
  /** Armed forces and defence establishment. */
  MIL,
  /** Legislature. */
  LEG,
  /** Courts and prosecutors. */
  JUD,
  /** Armed non-state group. */
  REB,
  /** Political opposition. */
  OPP,
  /** Media. */
  MED,
  /** Police. */
  COP,
  /** Intelligence services. */
  SPY,
  /** Civilians. */
  CVL,
  /** Refugees and displaced people. */
  REF
}
