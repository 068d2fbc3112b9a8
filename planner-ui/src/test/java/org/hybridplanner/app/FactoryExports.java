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

    /**
     * A generated git-mode factory in a zip: {@code linkedServices} linked services (SQL Server and Oracle behind two
     * self-hosted runtimes, Data Lake Gen2, Azure SQL Database, Snowflake and S3 on the Azure runtime), one dataset
     * each, and {@code copies} Copy activities in pipelines of four (two of them inside a ForEach).
     */
    public static byte[] generatedZip(int linkedServices, int copies) {
        String[][] kinds = {{"SqlServer", "shir-dc"}, {"Oracle", "shir-branch"}, {"AzureBlobFS", null},
            {"AzureSqlDatabase", null}, {"SnowflakeV2", null}, {"AmazonS3", null}};
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("adf/factory/generated-adf.json", "{\"name\": \"generated-adf\", \"location\": \"westeurope\"}");
        for (String runtime : new String[] {"shir-dc", "shir-branch"}) {
            files.put("adf/integrationRuntime/" + runtime + ".json", "{\"name\": \"" + runtime
                    + "\", \"properties\": {\"type\": \"SelfHosted\"}}");
        }
        for (int i = 0; i < linkedServices; i++) {
            String[] kind = kinds[i % kinds.length];
            String via = kind[1] == null ? "" : ", \"connectVia\": {\"referenceName\": \"" + kind[1]
                    + "\", \"type\": \"IntegrationRuntimeReference\"}";
            files.put("adf/linkedService/ls_" + i + ".json", "{\"name\": \"ls_" + i + "\", \"properties\":"
                    + " {\"type\": \"" + kind[0] + "\"" + via + ", \"typeProperties\": {\"url\":"
                    + " \"https://host" + i + ".example.net/\"}}}");
            files.put("adf/dataset/ds_" + i + ".json", "{\"name\": \"ds_" + i + "\", \"properties\":"
                    + " {\"type\": \"Binary\", \"linkedServiceName\": {\"referenceName\": \"ls_" + i
                    + "\", \"type\": \"LinkedServiceReference\"}}}");
        }
        for (int p = 0; p * 4 < copies; p++) {
            StringBuilder activities = new StringBuilder();
            StringBuilder nested = new StringBuilder();
            for (int c = p * 4; c < Math.min(copies, p * 4 + 4); c++) {
                String copy = "{\"name\": \"Copy " + c + "\", \"type\": \"Copy\", \"inputs\":"
                        + " [{\"referenceName\": \"ds_" + (c % linkedServices) + "\", \"type\":"
                        + " \"DatasetReference\"}], \"outputs\": [{\"referenceName\": \"ds_"
                        + ((c * 7 + 3) % linkedServices) + "\", \"type\": \"DatasetReference\"}],"
                        + " \"typeProperties\": {}}";
                StringBuilder into = c % 4 < 2 ? activities : nested;
                into.append(into.isEmpty() ? "" : ", ").append(copy);
            }
            if (!nested.isEmpty()) {
                activities.append(", {\"name\": \"ForEach\", \"type\": \"ForEach\", \"typeProperties\":"
                        + " {\"activities\": [").append(nested).append("]}}");
            }
            files.put("adf/pipeline/pl_" + p + ".json", "{\"name\": \"pl_" + p + "\", \"properties\":"
                    + " {\"activities\": [" + activities + "]}}");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (java.util.Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
