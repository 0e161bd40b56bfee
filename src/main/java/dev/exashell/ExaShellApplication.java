package dev.exashell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExaShellApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExaShellApplication.class, args);
	}
}
