CREATE TABLE from_the_future (id INT PRIMARY KEY);
