package org.demarche.core;

/** What the demander puts on the table. */
public enum DemandType {
  /** The consequence is good for the addressee: a ceasefire, talks, a release. */
  OFFER,
  /** The consequence is bad for the addressee: force, sanctions, frozen talks. */
  THREAT,
  /** The demander will not act until or unless the condition is met. */
  REFUSAL
}
