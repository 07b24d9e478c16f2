/// An XML Schema of JUnit XML as the CI servers factcheck targets read it: Jenkins' JUnit plugin
/// and Maven Surefire's report format (root `<testsuites>`, suites of test cases, each with at most
/// one `<failure>`, `<error>` or `<skipped>`, optional captured output), plus the `file` and `line`
/// attributes GitLab and pytest use. There is no single official JUnit schema; this one was written
/// for this project from the format's documented shape, and is kept here as a Swift string so the
/// test target needs no resource files.
enum JUnitSchema {
    static let xsd = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
      <xs:simpleType name="count">
        <xs:restriction base="xs:nonNegativeInteger"/>
      </xs:simpleType>
      <xs:simpleType name="seconds">
        <xs:restriction base="xs:decimal">
          <xs:minInclusive value="0"/>
        </xs:restriction>
      </xs:simpleType>

      <!-- failure, error: a message attribute, a type, and the details as text. -->
      <xs:complexType name="problem">
        <xs:simpleContent>
          <xs:extension base="xs:string">
            <xs:attribute name="message" type="xs:string"/>
            <xs:attribute name="type" type="xs:string"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>

      <xs:complexType name="skip">
        <xs:simpleContent>
          <xs:extension base="xs:string">
            <xs:attribute name="message" type="xs:string"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>

      <!-- What a run of tests and a suite both count. -->
      <xs:attributeGroup name="outcomeCounts">
        <xs:attribute name="failures" type="count"/>
        <xs:attribute name="errors" type="count"/>
        <xs:attribute name="skipped" type="count"/>
        <xs:attribute name="disabled" type="count"/>
        <xs:attribute name="time" type="seconds"/>
      </xs:attributeGroup>

      <xs:element name="testsuites">
        <xs:complexType>
          <xs:sequence>
            <xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
          <xs:attribute name="name" type="xs:string"/>
          <xs:attribute name="tests" type="count"/>
          <xs:attributeGroup ref="outcomeCounts"/>
        </xs:complexType>
      </xs:element>

      <xs:element name="testsuite">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="properties" minOccurs="0">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="property" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:attribute name="name" type="xs:string" use="required"/>
                      <xs:attribute name="value" type="xs:string" use="required"/>
                    </xs:complexType>
                  </xs:element>
                </xs:sequence>
              </xs:complexType>
            </xs:element>
            <xs:element ref="testcase" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="system-out" type="xs:string" minOccurs="0"/>
            <xs:element name="system-err" type="xs:string" minOccurs="0"/>
          </xs:sequence>
          <xs:attribute name="name" type="xs:string" use="required"/>
          <xs:attribute name="tests" type="count" use="required"/>
          <xs:attributeGroup ref="outcomeCounts"/>
          <xs:attribute name="timestamp" type="xs:dateTime"/>
          <xs:attribute name="hostname" type="xs:string"/>
          <xs:attribute name="id" type="xs:string"/>
          <xs:attribute name="package" type="xs:string"/>
        </xs:complexType>
      </xs:element>

      <xs:element name="testcase">
        <xs:complexType>
          <xs:sequence>
            <xs:choice minOccurs="0">
              <xs:element name="failure" type="problem"/>
              <xs:element name="error" type="problem"/>
              <xs:element name="skipped" type="skip"/>
            </xs:choice>
            <xs:element name="system-out" type="xs:string" minOccurs="0"/>
            <xs:element name="system-err" type="xs:string" minOccurs="0"/>
          </xs:sequence>
          <xs:attribute name="name" type="xs:string" use="required"/>
          <xs:attribute name="classname" type="xs:string" use="required"/>
          <xs:attribute name="time" type="seconds"/>
          <xs:attribute name="file" type="xs:string"/>
          <xs:attribute name="line" type="xs:positiveInteger"/>
          <xs:attribute name="assertions" type="count"/>
        </xs:complexType>
      </xs:element>
    </xs:schema>

    """
}
