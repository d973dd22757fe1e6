package dev.testleak.testcases.oncehook.junit5;

/** Runs the inherited gateway contract in euros; the finding is on the contract's @BeforeAll. */
class EuroGatewayTest extends GatewayContractTest {
  @Override
  String currency() {
    return "EUR";
  }
}
