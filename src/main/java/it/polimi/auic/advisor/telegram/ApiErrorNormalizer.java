package it.polimi.auic.advisor.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Makes every failed HTTP response look like a Bot API error ({@code {"ok":false,"error_code":...}}), so that the
 * client library reports its status code. A proxy's 502 page or a bare-text 400 would otherwise reach us as an
 * unreadable body, and a 400 could not be told from a 502. A Retry-After header becomes {@code retry_after}.
 */
final class ApiErrorNormalizer implements Interceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private static final long MAX_ERROR_BODY = 64 * 1024;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) {
            return response;
        }
        String body = response.peekBody(MAX_ERROR_BODY).string();
        ObjectNode error = apiError(body);
        if (!error.has("error_code")) {
            error.put("error_code", response.code());
        }
        if (!error.has("description")) {
            error.put("description", "HTTP " + response.code() + " " + response.message());
        }
        addRetryAfter(error, response.header("Retry-After"));
        response.close();
        return response.newBuilder().body(ResponseBody.create(JSON.writeValueAsString(error), APPLICATION_JSON)).build();
    }

    private static ObjectNode apiError(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node instanceof ObjectNode object && object.has("ok")) {
                return object;
            }
        } catch (IOException e) {
            // not JSON: a proxy's page or plain text
        }
        ObjectNode error = JSON.createObjectNode();
        error.put("ok", false);
        return error;
    }

    private static void addRetryAfter(ObjectNode error, String header) {
        if (header == null || !header.strip().matches("\\d{1,6}")) {
            return;
        }
        JsonNode parameters = error.get("parameters");
        ObjectNode params = parameters instanceof ObjectNode object ? object : error.putObject("parameters");
        if (!params.has("retry_after")) {
            params.put("retry_after", Integer.parseInt(header.strip()));
        }
    }
}
