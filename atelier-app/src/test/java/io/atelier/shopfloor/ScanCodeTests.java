package io.atelier.shopfloor;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atelier.shopfloor.ScanCode.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one format of every QR code Atelier prints, and what the scanner accepts. */
class ScanCodeTests {

	@Test
	void eachKindIsPrintedAsAShortTaggedText() {
		assertThat(ScanCode.operation(1234).text()).isEqualTo("ATL:OP:1234");
		assertThat(ScanCode.workOrder(56).text()).isEqualTo("ATL:WO:56");
		assertThat(ScanCode.worker("W-017").text()).isEqualTo("ATL:WK:W-017");
		assertThat(ScanCode.machine("M-NEST-01").text()).isEqualTo("ATL:MC:M-NEST-01");
	}

	@Test
	void whatIsPrintedIsReadBackTheSame() {
		for (ScanCode code : new ScanCode[] { ScanCode.operation(9), ScanCode.workOrder(Long.parseLong("123456789012")),
				ScanCode.worker("张三-01"), ScanCode.machine("M:1/2") }) {
			assertThat(ScanCode.parse(code.text())).contains(code);
			assertThat(ScanCode.parse(code.link("https://mes.example.com"))).contains(code);
		}
	}

	@Test
	void theScannerAcceptsLinksUnderAnyHostAndPathAndTagsInAnyCase() {
		assertThat(ScanCode.parse("https://mes.example.com/m/op/1234")).contains(ScanCode.operation(1234));
		assertThat(ScanCode.parse("http://10.0.0.5:8080/atelier/m/wo/56/?from=camera"))
			.contains(ScanCode.workOrder(56));
		assertThat(ScanCode.parse("HTTPS://MES.EXAMPLE.COM/m/MC/M-NEST-01")).contains(ScanCode.machine("M-NEST-01"));
		assertThat(ScanCode.parse("https://h/m/wk/%E5%BC%A0%E4%B8%89")).contains(ScanCode.worker("张三"));
		assertThat(ScanCode.parse("  atl:op:77\n")).contains(ScanCode.operation(77));
		assertThat(ScanCode.parse("ATL:WK:W 17")).map(ScanCode::value).contains("W 17");
	}

	@Test
	void foreignOrMalformedCodesAreNotOurs() {
		for (String text : new String[] { null, "", "hello", "ATL:XX:1", "ATL:OP:", "ATL:OP:abc", "ATL:OP:0",
				"ATL:OP:-5", "ATL:OP:12345678901234567890", "ATL:WK:", "ATL:WK:" + "x".repeat(41),
				"https://example.com/m/op/12x", "https://example.com/op/12", "ftp://example.com/m/op/1",
				"https://example.com/m/wk/%E5%ZZ", "ATL:MC:bad\u0007code" }) {
			assertThat(ScanCode.parse(text)).as(String.valueOf(text)).isEqualTo(Optional.empty());
		}
	}

	@Test
	void operationsAndWorkOrdersCarryIdsWorkersAndMachinesCodes() {
		assertThat(ScanCode.parse("ATL:OP:42").orElseThrow().id()).isEqualTo(42);
		assertThat(ScanCode.parse("ATL:WO:7").orElseThrow().kind()).isEqualTo(Kind.WORK_ORDER);
		assertThatThrownBy(() -> ScanCode.worker("W-1").id()).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> ScanCode.worker(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void linksEscapeWhatAUrlCannotCarry() {
		assertThat(ScanCode.worker("W 1/2").link("https://mes.example.com/")).isEqualTo("https://mes.example.com/m/wk/W%201%2F2");
	}
}
