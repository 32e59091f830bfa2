package com.factline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FactlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(FactlineApplication.class, args);
    }
}
