package org.demarche.core;

/** What kind of party an actor mention names. */
public enum ActorKind {
  /** A state named as such: "Russia", "the US". */
  STATE,
  /** A government, by name or by its seat: "the Ukrainian government", "the Kremlin", "Kyiv". */
  GOVERNMENT,
  /** One person: "US President Donald Trump", "Witkoff". */
  PERSON,
  /** Armed forces: "Ukrainian troops", "the Pentagon". */
  MILITARY,
  /** An international organisation or one of its bodies: "NATO", "the UN Security Council". */
  ORGANIZATION,
  /** Any other collective party: officials, delegations, rebels, legislators, media. */
  GROUP,
  /**
   * A state or seat of government named only as a place ("a visit to Moscow", "the war in
   * Ukraine"), coded by its country. The annotation standard counts it as an optional actor.
   */
  LOCATION
}
