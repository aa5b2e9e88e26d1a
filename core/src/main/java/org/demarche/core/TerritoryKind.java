package org.demarche.core;

/** How a territorial reference names its land or water. */
public enum TerritoryKind {
  /** By a name from the gazetteer: "Crimea", "the Golan Heights". */
  NAMED,
  /** By a description with a modifier of claim, control or dispute: "territory claimed by Moscow". */
  DESCRIPTIVE
}
