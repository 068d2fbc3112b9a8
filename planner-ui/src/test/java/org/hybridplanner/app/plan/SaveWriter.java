package org.hybridplanner.app.plan;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One API client saving its own plan in a loop (PUT with the ETag of its previous save in If-Match, a new plan name
 * each time) and remembering every save the server acknowledged, until stopped or until the server goes away.
 */
final class SaveWriter implements Runnable {
    private final PlanApi api;
    private final String planId;
    private final String namePrefix;
    private final List<Save> acknowledged = new CopyOnWriteArrayList<>();
    private final String firstEtag;
    private volatile boolean stopped;
    private volatile String lastAttemptedName;
    private volatile String refusal;

    /** A save the server answered 200 to, with the name it carried. */
    record Save(String name, PlanApi.Acknowledged acknowledged) {
    }

    SaveWriter(PlanApi api, PlanApi.Acknowledged created, String namePrefix) {
        this.api = api;
        this.planId = created.planId();
        this.firstEtag = created.etag();
        this.namePrefix = namePrefix;
    }

    @Override
    public void run() {
        String etag = firstEtag;
        for (int save = 1; !stopped; save++) {
            String name = namePrefix + " save " + save;
            lastAttemptedName = name;
            HttpResponse<String> response;
            try {
                response = api.put(planId, etag, PlanApi.examplePlanNamed(name));
            } catch (IOException serverGone) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() != 200) {
                refusal = "save " + save + " of " + namePrefix + " answered " + response.statusCode() + ": "
                        + response.body();
                return;
            }
            PlanApi.Acknowledged ack = PlanApi.acknowledged(response);
            acknowledged.add(new Save(name, ack));
            etag = ack.etag();
        }
    }

    void stop() {
        stopped = true;
    }

    String planId() {
        return planId;
    }

    List<Save> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** The name of the save in flight when the writer stopped (the server may have stored it unacknowledged). */
    String lastAttemptedName() {
        return lastAttemptedName;
    }

    /** An answer other than 200 while saving, or null: each writer has its own plan, so there is no conflict. */
    String refusal() {
        return refusal;
    }
}
