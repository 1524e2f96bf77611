package org.ccadmin.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class TransportSettingsTest {

    private static List<String> codes(InvalidInputException e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void directNeedsNothingElse() {
        assertEquals(ConnectionMode.DIRECT, TransportSettings.direct().mode());
    }

    @Test
    void aTransportGatewayNeedsAnHttpsUrl() {
        TransportSettings t = TransportSettings.transportGateway("https://ssm.example.com/SmartTransport");
        assertEquals("https://ssm.example.com/SmartTransport", t.gatewayUrl());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> TransportSettings.transportGateway(" "));
        assertEquals(List.of("gatewayUrl:invalidInput.fieldRequired"), codes(missing));
        InvalidInputException plain = assertThrows(InvalidInputException.class,
                () -> TransportSettings.transportGateway("http://ssm.example.com/x"));
        assertEquals(List.of("gatewayUrl:invalidInput.invalidUrl"), codes(plain));
    }

    @Test
    void aProxyNeedsHostAndPortInRange() {
        assertEquals(3128, TransportSettings.httpProxy("proxy.example.com", 3128).proxyPort());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TransportSettings(ConnectionMode.HTTP_PROXY, null, "", 70000));
        assertEquals(List.of("proxyHost:invalidInput.fieldRequired", "proxyPort:invalidInput.outOfRange"), codes(e));
    }

    @Test
    void fieldsOfAnotherModeAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TransportSettings(ConnectionMode.DIRECT, "https://x.example.com", null, 8080));
        assertEquals(List.of("gatewayUrl", "proxyPort"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theModeIsRequired() {
        assertThrows(InvalidInputException.class, () -> new TransportSettings(null, null, null, null));
    }
}
