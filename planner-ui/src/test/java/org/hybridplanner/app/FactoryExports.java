package org.hybridplanner.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A small Data Factory export for the planner's tests: command line, API, views and browser. */
public final class FactoryExports {
    /** A publish ARM template of a small factory (written for this test in the shape Data Factory publishes). */
    public static final String TEMPLATE = """
            {
              "$schema": "http://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {
                "factoryName": { "type": "string", "defaultValue": "fabrikam-adf" },
                "ls_orders_connectionString": { "type": "secureString",
                  "defaultValue": "Data Source=sql01;Password=LEAK-password" },
                "ls_lake_properties_typeProperties_url": { "type": "string",
                  "defaultValue": "https://fabrikamlake.blob.core.windows.net/" }
              },
              "resources": [
                { "name": "[concat(parameters('factoryName'), '/shir-plant')]",
                  "type": "Microsoft.DataFactory/factories/integrationRuntimes",
                  "properties": { "type": "SelfHosted", "typeProperties": {} } },
                { "name": "[concat(parameters('factoryName'), '/ls_orders')]",
                  "type": "Microsoft.DataFactory/factories/linkedServices",
                  "properties": { "type": "SqlServer", "connectVia": { "referenceName": "shir-plant",
                    "type": "IntegrationRuntimeReference" },
                    "typeProperties": { "connectionString": "[parameters('ls_orders_connectionString')]" } } },
                { "name": "[concat(parameters('factoryName'), '/ls_lake')]",
                  "type": "Microsoft.DataFactory/factories/linkedServices",
                  "properties": { "type": "AzureBlobStorage",
                    "typeProperties": { "serviceEndpoint": "[parameters('ls_lake_properties_typeProperties_url')]" } } },
                { "name": "[concat(parameters('factoryName'), '/ds_orders')]",
                  "type": "Microsoft.DataFactory/factories/datasets",
                  "properties": { "type": "SqlServerTable",
                    "linkedServiceName": { "referenceName": "ls_orders", "type": "LinkedServiceReference" } } },
                { "name": "[concat(parameters('factoryName'), '/ds_lake')]",
                  "type": "Microsoft.DataFactory/factories/datasets",
                  "properties": { "type": "Parquet",
                    "linkedServiceName": { "referenceName": "ls_lake", "type": "LinkedServiceReference" } } },
                { "name": "[concat(parameters('factoryName'), '/pl_orders')]",
                  "type": "Microsoft.DataFactory/factories/pipelines",
                  "properties": { "activities": [ { "name": "Copy orders", "type": "Copy",
                    "inputs": [ { "referenceName": "ds_orders", "type": "DatasetReference" } ],
                    "outputs": [ { "referenceName": "ds_lake", "type": "DatasetReference" } ],
                    "typeProperties": {} } ] } }
              ]
            }
            """;


    private FactoryExports() {
    }

    /** The template and an empty parameters file in a zip, as a factory's adf_publish branch holds them. */
    public static byte[] templateZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("fabrikam-adf/ARMTemplateForFactory.json"));
            zip.write(TEMPLATE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("fabrikam-adf/ARMTemplateParametersForFactory.json"));
            zip.write("{\"parameters\": {}}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
