package org.hybridplanner.model;

import java.util.Optional;

/**
 * How to turn a private-link resource's public network access off (private-endpoints.json): the Azure CLI and
 * Azure PowerShell commands where the tools have one, otherwise what to do instead. Commands name the resource
 * group as {@code {resourceGroup}} and the resource as {@code {resource}}.
 *
 * @param azureCli the Azure CLI command; null when the CLI has none
 * @param azurePowerShell the Azure PowerShell command; null when it has none
 * @param instead what to do where a tool has no command; null when both have one
 */
public record DisablePublicAccess(String azureCli, String azurePowerShell, String instead) {
    public DisablePublicAccess {
        if (azureCli == null && azurePowerShell == null && instead == null) {
            throw new IllegalArgumentException("a command or what to do instead is needed");
        }
    }

    /** The Azure CLI command for the given resource group and resource expressions, if the CLI has one. */
    public Optional<String> azureCli(String resourceGroup, String resource) {
        return Optional.ofNullable(fill(azureCli, resourceGroup, resource));
    }

    /**
     * In words, for documents: each tool's command with placeholders for the names, or what to do instead.
     *
     * @param noun what the resource is called, for the placeholder
     */
    public String inWords(String noun) {
        String resource = "<" + noun + ">";
        StringBuilder text = new StringBuilder();
        if (azureCli != null) {
            text.append("Azure CLI: ").append(fill(azureCli, "<resource group>", resource));
        }
        if (azurePowerShell != null) {
            text.append(text.isEmpty() ? "" : "; ").append("Azure PowerShell: ")
                    .append(fill(azurePowerShell, "<resource group>", resource));
        }
        if (instead != null) {
            text.append(text.isEmpty() ? "" : "; ").append(instead);
        }
        return text.toString();
    }

    private static String fill(String command, String resourceGroup, String resource) {
        if (command == null) {
            return null;
        }
        return command.replace("{resourceGroup}", resourceGroup).replace("{resource}", resource);
    }
}
