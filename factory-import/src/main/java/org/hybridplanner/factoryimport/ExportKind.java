package org.hybridplanner.factoryimport;

/** The shape of a Data Factory export. */
public enum ExportKind {
    /** The publish ARM template, {@code ARMTemplateForFactory.json}, with its parameters file when present. */
    ARM_TEMPLATE,
    /** The git-mode folder: {@code factory/}, {@code linkedService/}, {@code dataset/}, {@code pipeline/}, ... */
    GIT_FOLDER
}
